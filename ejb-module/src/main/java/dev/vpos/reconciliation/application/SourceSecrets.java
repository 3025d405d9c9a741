package dev.vpos.reconciliation.application;

/** The purposes the settlement sources' secrets are sealed under: a value moved to another row does not open. */
final class SourceSecrets {

    private SourceSecrets() {}

    static String password(long definitionId) {
        return "settlement-source/" + definitionId + "/password";
    }

    static String privateKey(long definitionId) {
        return "settlement-source/" + definitionId + "/privateKey";
    }
}
