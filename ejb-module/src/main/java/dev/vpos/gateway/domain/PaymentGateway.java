package dev.vpos.gateway.domain;

/**
 * The SPI every bank family implements. One method per operation; every call carries the module's own
 * bank order id so the bank can be asked later what happened to it. Implementations never throw for a bank
 * outcome: declines, unreachable banks and unreadable answers come back as a {@link GatewayResult}.
 */
public interface PaymentGateway {

    GatewayFamily family();

    /**
     * A harmless call that proves the endpoint answers and accepts the credentials (e.g. the status of an order
     * that does not exist). Never charges anything.
     */
    ConnectionCheck testConnection(GatewayAccount account);

    /**
     * What the bank knows of our order: APPROVED or DECLINED (with the bank's codes), NOT_SENT when the bank has no
     * such order, UNKNOWN when it could not be asked or its answer settles nothing.
     */
    GatewayResult status(String bankOrderId, GatewayAccount account);

    /** A non-3D sale (authorisation + capture in one step). */
    GatewayResult sale(SaleInstruction instruction, GatewayAccount account);
}
