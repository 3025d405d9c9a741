package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.GatewayAccount;

/** The credentials an EST/NestPay merchant gets from its bank. Names match the definition's credential schema. */
record EstCredentials(String apiUser, String password, String clientId) {

    static final String API_USER = "apiUser";
    static final String PASSWORD = "password";
    static final String CLIENT_ID = "clientId";
    static final String STORE_KEY = "storeKey";

    static EstCredentials of(GatewayAccount account) {
        return new EstCredentials(account.credential(API_USER), account.credential(PASSWORD), account.credential(CLIENT_ID));
    }

    @Override
    public String toString() {
        return "EstCredentials[apiUser=" + apiUser + ", clientId=" + clientId + "]";
    }
}
