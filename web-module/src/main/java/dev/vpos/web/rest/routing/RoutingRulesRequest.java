package dev.vpos.web.rest.routing;

import java.util.List;

/** {@code {"rules": [{"kind": "ON_US", "matchValue": "0046", "definitionId": 12}, {"kind": "CHEAPEST"}]}}. */
public class RoutingRulesRequest {

    public List<Rule> rules;

    /** One rule: kind ON_US | PROGRAMME | CHEAPEST, the value it matches and the definition it names. */
    public static class Rule {
        public String kind;
        public String matchValue;
        public Long definitionId;
    }
}
