package dev.vpos.gateway.domain;

/** A protocol family: banks that speak the same VPOS protocol share one adapter. */
public enum GatewayFamily {
    /** EST / NestPay / Payten "ver3" (İşbank, Halkbank, Ziraat, TEB, Akbank old platform, ...). */
    EST
}
