package dev.vpos.gateway.infrastructure;

import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a family's answers are read and logged: the text the log may show of a body (decoded in the family's charset,
 * then masked) and the reading of an HTTP answer into the family's own answer type, empty when it is not one. A family
 * declares its format once; {@link BankChannel} applies it to every answer.
 *
 * @param party   who answers, as the log names it when the answer cannot be read ("the bank", "myPOS", "Stripe")
 * @param logText the loggable text of a body (before the cap)
 * @param reading the answer, or empty for a body that is not one
 */
public record AnswerFormat<T>(
        String party, Function<byte[], String> logText, Function<HttpAnswer, Optional<T>> reading) {

    /**
     * Answers that count only with HTTP 200 (the Turkish banks' XML gateways): any other status, or a body
     * {@code parser} cannot read, is no answer at all.
     */
    public static <T> AnswerFormat<T> onHttpOk(Charset charset, Function<byte[], Optional<T>> parser) {
        return new AnswerFormat<>(
                "the bank",
                body -> new String(body, charset),
                answer -> answer.status() == 200 ? parser.apply(answer.body()) : Optional.empty());
    }

    /**
     * Every HTTP answer is read, whatever its status (REST APIs that say in an error's body why they refused): the
     * family reads status and body itself.
     */
    public static AnswerFormat<HttpAnswer> anyStatus(Charset charset) {
        return new AnswerFormat<>("the bank", body -> new String(body, charset), Optional::of);
    }

    /** The same format with {@code masking} applied to the log text (card numbers, tokens, secrets the answer holds). */
    public AnswerFormat<T> masked(UnaryOperator<String> masking) {
        return new AnswerFormat<>(party, logText.andThen(masking), reading);
    }

    /** The same format naming who answers. */
    public AnswerFormat<T> from(String who) {
        return new AnswerFormat<>(who, logText, reading);
    }

    /** The same format whose answers are read by {@code parser} from the HTTP answer (any status). */
    public <R> AnswerFormat<R> reading(Function<HttpAnswer, Optional<R>> parser) {
        return new AnswerFormat<>(party, logText, parser);
    }
}
