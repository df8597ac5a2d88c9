package shop;

import java.util.function.Supplier;

/** Enum constants with bodies, an annotation type, interface private and static methods, initializers, labels. */
class Odd {
    enum Channel {
        MAIL { @Override String prefix() { return "m:"; } },
        SMS { @Override String prefix() { return "s:"; } };

        abstract String prefix();
    }

    @interface Marker {
        String value() default "";
        int[] numbers() default {1, 2};
    }

    interface Helpers {
        private static String clean(String s) { return s.strip(); }
        static String of(String s) { return clean(s); }
        default String twice(String s) { return s + s; }
    }

    static final String STATIC_TEXT;
    static {
        STATIC_TEXT = Helpers.of(" hi ");
    }

    String text;
    {
        text = STATIC_TEXT;
    }

    @Marker("x")
    void run(Mailer mailer, Customer c, Channel channel) {
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j == i) continue outer;
                if (j > 1) break outer;
            }
        }
        Supplier<String> to = c::getEmail;
        mailer.send(channel.prefix() + to.get(), text);
    }
}
