package dev.vpos.web.rest.routing;

import dev.vpos.routing.application.RoutingRules;

/** One of a company's routing rules, in its position. */
public record RoutingRuleResponse(
        int position, String kind, String matchValue, Long definitionId, String definitionCode) {

    public static RoutingRuleResponse of(RoutingRules.RuleView v) {
        return new RoutingRuleResponse(
                v.position(), v.kind().name(), v.matchValue(), v.definitionId(), v.definitionCode());
    }
}
