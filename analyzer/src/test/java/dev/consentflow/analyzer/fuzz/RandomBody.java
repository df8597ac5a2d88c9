package dev.consentflow.analyzer.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random method body over the flow constructs of the engine (assignments, {@code if}/{@code else} on a
 * consent check or a flag, early exits, loops, calls, lambdas, collections, {@code try}/{@code catch},
 * returns), kept as a small tree so that it can be rewritten without changing its meaning: locals
 * renamed, dead statements added, independent assignments swapped. Every sink call carries a label
 * ({@code "s3"}) so that findings can be compared across rewrites, whatever line they move to.
 */
final class RandomBody {
    /** The locals every body declares up front, by their canonical names. */
    static final List<String> LOCALS = List.of("v0", "v1", "v2", "v3");
    private static final String[] SOURCES = {"c.getEmail()", "d.getName()", "c.getAllergies()", "\"plain\""};

    /** A statement: its text with {@code {v0}}-style local placeholders, its children, what it reads and writes. */
    record Stmt(String open, List<Stmt> body, String close, Set<String> reads, String writes) {
        boolean isSimpleAssignment() {
            return body.isEmpty() && close.isEmpty() && writes != null;
        }
    }

    final List<Stmt> statements;
    private int labels;

    private RandomBody(List<Stmt> statements) {
        this.statements = statements;
    }

    static RandomBody generate(long seed) {
        Random random = new Random(seed);
        RandomBody body = new RandomBody(new ArrayList<>());
        body.statements.addAll(body.block(random, 0, 2 + random.nextInt(7)));
        return body;
    }

    private List<Stmt> block(Random r, int depth, int size) {
        List<Stmt> block = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            block.add(statement(r, depth));
        }
        return block;
    }

    private Stmt statement(Random r, int depth) {
        int kind = r.nextInt(depth >= 2 ? 6 : 13);
        String a = local(r);
        String b = local(r);
        return switch (kind) {
            case 0, 1 -> assign(r, a, b);
            case 2 -> leaf("mailer.sendPromotion({" + a + "}, \"" + label() + "\");", Set.of(a), null);
            case 3 -> leaf("mailer.sendReceipt({" + a + "}, \"" + label() + "\");", Set.of(a), null);
            case 4 -> leaf("bag.add({" + a + "});", Set.of(a), null);
            case 5 -> leaf("{" + a + "} = bag.get(0);", Set.of(), a);
            case 6 -> nested("if (consent.allowsMarketing(c)) {", r, depth, "}");
            case 7 -> new Stmt("if (flag) {", block(r, depth + 1, 1 + r.nextInt(3)), "} else {\n"
                    + render(block(r, depth + 1, 1 + r.nextInt(2))) + "}", Set.of("*"), "*");
            case 8 -> leaf(r.nextBoolean() ? "if (!consent.allowsMarketing(c)) return;" : "consent.requireEmailConsent(c);",
                    Set.of(), null);
            case 9 -> nested(r.nextBoolean() ? "for (int i = 0; i < 3; i++) {" : "for (Customer x : all) {", r, depth, "}");
            case 10 -> leaf("all.forEach(x -> mailer.sendPromotion(" + (r.nextBoolean() ? "x.getEmail()" : "{" + a + "}")
                    + ", \"" + label() + "\"));", Set.of(a), null);
            case 11 -> nested("try {", r, depth, "} catch (RuntimeException e) {\n    {" + b + "} = e.getMessage();\n}");
            default -> nested("while (flag) {", r, depth, "    break;\n}");
        };
    }

    private Stmt assign(Random r, String target, String other) {
        return switch (r.nextInt(5)) {
            case 0 -> leaf("{" + target + "} = {" + other + "};", Set.of(other), target);
            case 1 -> leaf("{" + target + "} = {" + other + "} + \"!\";", Set.of(other), target);
            case 2 -> leaf("{" + target + "} = {" + other + "}.trim();", Set.of(other), target);
            case 3 -> leaf("{" + target + "} = flag ? {" + other + "} : " + SOURCES[r.nextInt(SOURCES.length)] + ";",
                    Set.of(other), target);
            default -> leaf("{" + target + "} = " + SOURCES[r.nextInt(SOURCES.length)] + ";", Set.of(), target);
        };
    }

    private Stmt nested(String open, Random r, int depth, String close) {
        // Conservative for reordering: a compound statement reads and writes everything.
        return new Stmt(open, block(r, depth + 1, 1 + r.nextInt(3)), close, Set.of("*"), "*");
    }

    private static Stmt leaf(String text, Set<String> reads, String writes) {
        return new Stmt(text, List.of(), "", reads, writes);
    }

    private static String local(Random r) {
        return LOCALS.get(r.nextInt(LOCALS.size()));
    }

    private String label() {
        return "s" + labels++;
    }

    /** The body's Java text with its locals named as {@code names} says. */
    String render(Map<String, String> names) {
        String text = render(statements);
        for (Map.Entry<String, String> e : names.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    private static String render(List<Stmt> block) {
        StringBuilder text = new StringBuilder();
        for (Stmt s : block) {
            text.append(s.open()).append('\n');
            if (!s.body().isEmpty()) {
                text.append(render(s.body()).indent(4));
            }
            if (!s.close().isEmpty()) {
                text.append(s.close()).append('\n');
            }
        }
        return text.toString();
    }

    /** The same body with statements that change nothing inserted before each statement at random. */
    RandomBody withDeadStatements(long seed) {
        Random r = new Random(seed);
        return new RandomBody(withDead(statements, r));
    }

    private static List<Stmt> withDead(List<Stmt> block, Random r) {
        String[] dead = {"int unused%d = 42;", "String ignored%d = \"x\";", ";", "bag.size();", "if (false) { }"};
        List<Stmt> result = new ArrayList<>();
        int n = 0;
        for (Stmt s : block) {
            if (r.nextBoolean()) {
                result.add(leaf(dead[r.nextInt(dead.length)].formatted(r.nextInt(1_000_000) * 10 + n++), Set.of(), null));
            }
            result.add(new Stmt(s.open(), withDead(s.body(), r), s.close(), s.reads(), s.writes()));
        }
        return result;
    }

    /** The same body with each pair of adjacent independent assignments swapped. */
    RandomBody withIndependentAssignmentsSwapped() {
        return new RandomBody(swapped(statements));
    }

    private static List<Stmt> swapped(List<Stmt> block) {
        List<Stmt> result = new ArrayList<>();
        for (Stmt s : block) {
            result.add(new Stmt(s.open(), swapped(s.body()), s.close(), s.reads(), s.writes()));
        }
        for (int i = 0; i + 1 < result.size(); i += 2) {
            Stmt first = result.get(i);
            Stmt second = result.get(i + 1);
            if (first.isSimpleAssignment() && second.isSimpleAssignment()
                    && !first.writes().equals(second.writes())
                    && !first.reads().contains(second.writes()) && !second.reads().contains(first.writes())
                    && !first.open().contains("bag") && !second.open().contains("bag")) {
                result.set(i, second);
                result.set(i + 1, first);
            }
        }
        return result;
    }
}
