package dev.vpos.simulator.garanti;

import java.util.List;
import java.util.Map;

/**
 * Everything a {@code GVPSResponse} carries. {@code orderInquiry} is present for {@code orderinq} and
 * {@code history} for {@code orderhistoryinq}; both are null otherwise.
 */
public record GarantiAnswer(
        GvpsMessage request,
        String orderId,
        GarantiVerdict verdict,
        String retrefNum,
        String authCode,
        String batchNum,
        String sequenceNum,
        String provDate,
        String cardMasked,
        Map<String, String> orderInquiry,
        List<Map<String, String>> history) {

    static GarantiAnswer plain(GvpsMessage request, GarantiVerdict verdict, String provDate) {
        return new GarantiAnswer(
                request, request == null ? "" : request.orderId(), verdict, "", "", "", "", provDate, "", null, null);
    }
}
