package acme.calls;

/** Static helpers that {@link StaticImports} imports statically. */
public final class Texts {
    public static final String SIGNATURE = "-- the Acme team";

    private Texts() {}

    public static String greeting(String name) {
        return "Hello " + name + "!";
    }

    public static String banner(String name) {
        return "*** Sale ***";
    }
}
