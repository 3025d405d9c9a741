import java.util.List;

/**
 * The fault suite's definition of each Turkish bank family: the simulated bank's test merchant and the path of its
 * API, for a non-3-D ("REGULAR") definition whose endpoint is the fault proxy in front of the bank.
 */
final class FamilyDefinitions {

    static final List<String> FAMILIES = List.of(
            "EST",
            "GARANTI",
            "POSNET",
            "PAYFOR",
            "KUVEYT_TURK",
            "PAYFLEX",
            "VAKIF_KATILIM",
            "TOSLA",
            "AKBANK",
            "PARAM",
            "INTERPOS",
            "POSNET_V1");

    private FamilyDefinitions() {}

    /** The bank's API path (under the bank's origin) for the family. */
    static String path(String family) {
        return "/bank-simulator"
                + switch (family) {
                    case "EST" -> "/est/fim/api";
                    case "GARANTI" -> "/garanti/VPServlet";
                    case "POSNET" -> "/posnet/PosnetWebService/XML";
                    case "PAYFOR" -> "/payfor/Gateway/XMLGate.aspx";
                    case "KUVEYT_TURK" -> "/kuveytturk/boa.virtualpos.services/Home";
                    case "PAYFLEX" -> "/payflex/VposService/v3/Vposreq.aspx";
                    case "VAKIF_KATILIM" -> "/vakifkatilim/VirtualPOS.Gateway/Home";
                    case "TOSLA" -> "/tosla/api/Payment";
                    case "AKBANK" -> "/akbank/api/v1/payment/virtualpos";
                    case "PARAM" -> "/param/turkpos.ws/service_turkpos_test.asmx";
                    case "INTERPOS" -> "/interpos/mpi/Default.aspx";
                    case "POSNET_V1" -> "/posnetv1/ALBMerchantService/MerchantJSONAPI.svc";
                    default -> throw new IllegalArgumentException(family);
                };
    }

    /** The simulated bank's test merchant, as the definitions API takes it. */
    static String credentials(String family, String origin) {
        return switch (family) {
            case "EST" -> "{\"apiUser\":\"ISBANKAPI\",\"password\":\"ISBANK07\",\"clientId\":\"700655000200\","
                    + "\"storeKey\":\"TRPS0200\"}";
            case "GARANTI" -> "{\"terminalId\":\"30691298\",\"merchantId\":\"7000679\",\"provisionUser\":\"PROVAUT\","
                    + "\"provisionPassword\":\"123qweASD/\",\"refundUser\":\"PROVRFN\","
                    + "\"refundPassword\":\"123qweASD/\",\"storeKey\":\"12345678\"}";
            case "POSNET" -> "{\"merchantNo\":\"6706598320\",\"terminalNo\":\"67005551\",\"posnetId\":\"27426\","
                    + "\"encryptionKey\":\"10,10,10,10,10,10,10,10\"}";
            case "PAYFOR" -> "{\"mbrId\":\"5\",\"merchantId\":\"085300000009704\","
                    + "\"userCode\":\"QNB_API_KULLANICI_3DPAY\",\"userPassword\":\"UcBN0\",\"storeKey\":\"12345678\"}";
            case "KUVEYT_TURK" -> "{\"merchantId\":\"496\",\"customerId\":\"400235\",\"userName\":\"apitest\","
                    + "\"password\":\"api123\"}";
            case "PAYFLEX" -> "{\"merchantId\":\"000000000111111\",\"terminalNo\":\"VP000095\","
                    + "\"password\":\"3XTgER89as\"}";
            case "VAKIF_KATILIM" -> "{\"merchantId\":\"1\",\"customerId\":\"11111\",\"userName\":\"APIUSER\","
                    + "\"password\":\"kdsnsksl\"}";
            case "TOSLA" -> "{\"clientId\":\"1000000494\",\"apiUser\":\"POS_ENT_Test_001\","
                    + "\"apiPass\":\"POS_ENT_Test_001!*!*\"}";
            // the 3-D gate URLs are never used by a REGULAR definition; they name the bank's own pages
            case "AKBANK" -> "{\"merchantSafeId\":\"2023090417500272654BD9A49CF07574\","
                    + "\"terminalSafeId\":\"2023090417500284633D137A249DBBEB\",\"secretKey\":\""
                    + "3230323330393034313735303032363031353172675f357637355f3273387373745f7233725f"
                    + "73323333383737335f323272383774767276327672323531355f\",\"gatewayUrl\":\"" + origin
                    + "/bank-simulator/akbank/gateway\"}";
            case "PARAM" -> "{\"clientCode\":\"10738\",\"clientUsername\":\"Test\",\"clientPassword\":\"Test\","
                    + "\"guid\":\"0c13d406-873b-403b-9c09-a5766840d98c\"}";
            case "INTERPOS" -> "{\"shopCode\":\"3123\",\"userCode\":\"InterTestApi\",\"userPass\":\"3\","
                    + "\"storeKey\":\"gDg1N\"}";
            case "POSNET_V1" -> "{\"merchantNo\":\"6700950031\",\"terminalNo\":\"67540050\","
                    + "\"posnetId\":\"1010028724242434\",\"storeKey\":\"10,10,10,10,10,10,10,10\",\"gatewayUrl\":\""
                    + origin + "/bank-simulator/posnetv1/ALBSecurePaymentUI/SecureProcess/SecureVerification.aspx\"}";
            default -> throw new IllegalArgumentException(family);
        };
    }

    /** The definitions API's body for a TEST definition of the family reaching its bank through {@code origin}. */
    static String body(String family, String code, String origin, int readTimeoutMs) {
        return "{\"code\":\"" + code + "\",\"displayName\":\"" + family + " behind the fault proxy\","
                + "\"bankName\":\"" + family + " test bank\",\"family\":\"" + family + "\",\"environment\":\"TEST\","
                + "\"paymentModel\":\"REGULAR\",\"testEndpointUrl\":\"" + origin + path(family) + "\","
                + "\"connectTimeoutMs\":2000,\"readTimeoutMs\":" + readTimeoutMs + ",\"currencies\":[\"TRY\"],"
                + "\"installmentPlans\":[{\"installments\":1,\"commissionRate\":\"1.75\",\"blockedDays\":1}],"
                + "\"companyDefault\":false,\"credentials\":" + credentials(family, origin) + "}";
    }
}
