package dev.vpos.shared.application;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the HTTP request being served on this thread (issue #17): taken from the caller's {@code X-Request-Id} when
 * it is a plain token, made otherwise; answered in the same header, stored on every bank interaction the request
 * causes, and — on Open Liberty — attached to every log record of the thread as the extension {@code requestId}
 * ({@code ext_requestId} in Liberty's JSON log format). Work that no request started (the janitor, the sweeper) has
 * none.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final LogContext LOG_CONTEXT = LogContext.find();

    private RequestIds() {}

    /** The caller's id when it is a plain token of at most 64 characters, else a new one. */
    public static String acceptOrMake(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    /** This thread now serves the request {@code id}. */
    public static void begin(String id) {
        CURRENT.set(id);
        LOG_CONTEXT.put(id);
    }

    /** This thread's request is over. */
    public static void end() {
        CURRENT.remove();
        LOG_CONTEXT.clear();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Liberty's per-thread log extensions ({@code com.ibm.websphere.logging.hpel.LogRecordContext}, an IBM API every
     * application sees), found reflectively so the module compiles and its unit tests run without Liberty's jars.
     */
    private record LogContext(MethodHandle add, MethodHandle remove) {

        private static final String KEY = "requestId";

        static LogContext find() {
            try {
                Class<?> c = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                return new LogContext(
                        lookup.findStatic(
                                c, "addExtension", MethodType.methodType(void.class, String.class, String.class)),
                        lookup.findStatic(c, "removeExtension", MethodType.methodType(boolean.class, String.class)));
            } catch (ReflectiveOperationException | LinkageError notOnLiberty) {
                return new LogContext(null, null);
            }
        }

        void put(String id) {
            if (add != null) {
                try {
                    add.invoke(KEY, id);
                } catch (Throwable ignored) {
                    // the log line goes without the id; the answer and the interaction row still carry it
                }
            }
        }

        void clear() {
            if (remove != null) {
                try {
                    remove.invoke(KEY);
                } catch (Throwable ignored) {
                    // nothing was attached
                }
            }
        }
    }
}
