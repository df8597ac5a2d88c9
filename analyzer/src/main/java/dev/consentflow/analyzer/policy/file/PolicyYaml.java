package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.AnalysisException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The YAML side of reading {@code consentflow.yaml}. snakeyaml-engine composes the file into a node tree
 * (YAML 1.2 core schema), which keeps each node's position; this class checks the nodes' shapes and turns
 * every problem into a one-line {@link AnalysisException} {@code <file>:<line>:<col>: <message>} at the
 * offending key or scalar.
 */
final class PolicyYaml {
    private final String fileName;
    private final Node root;

    private PolicyYaml(String fileName, Node root) {
        this.fileName = fileName;
        this.root = root;
    }

    /**
     * Composes {@code file} (UTF-8, one document).
     *
     * @throws AnalysisException when the file cannot be read, is not YAML or holds no document
     */
    static PolicyYaml compose(Path file) {
        String name = file.toString();
        Optional<Node> document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Compose(LoadSettings.builder().setLabel(name).build()).composeReader(reader);
        } catch (IOException e) {
            throw new AnalysisException(name + ": cannot read the policy file (" + e + ")");
        } catch (MarkedYamlEngineException e) {
            // The problem mark is where the parser gave up; the context says what it was reading and where
            // that began (an unclosed quote or bracket), which is often where the mistake is.
            String context = e.getContext() == null || e.getContext().isEmpty() ? ""
                    : " (" + e.getContext() + e.getContextMark().map(m -> " at " + at(m)).orElse("") + ")";
            // Some problems span lines ("found \n(10)"): the error stays one line.
            throw new AnalysisException(name + ":" + e.getProblemMark().map(PolicyYaml::at).orElse("1:1")
                    + ": not valid YAML: " + (e.getProblem() + context).replaceAll("\\s+", " "));
        } catch (YamlEngineException e) {
            throw new AnalysisException(name + ":1:1: not valid YAML: " + e.getMessage());
        }
        Node node = document.filter(n -> !isNull(n)).orElseThrow(() -> new AnalysisException(
                name + ":1:1: the policy file is empty; declare at least one section, e.g. personalData"));
        return new PolicyYaml(name, node);
    }

    Node root() {
        return root;
    }

    private static String at(Mark mark) {
        return (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    /** The 1-based position where {@code node} starts. */
    static Position position(Node node) {
        return node.getStartMark().map(m -> new Position(m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Position(1, 1));
    }

    /** The exception for a problem at {@code node}: {@code <file>:<line>:<col>: <message>}. */
    AnalysisException error(Node node, String message) {
        return new AnalysisException(fileName + ":" + position(node) + ": " + message);
    }

    /**
     * A mapping whose keys are among {@code allowed}.
     *
     * @param what what the mapping is, for messages ({@code rules}, {@code dataUses entry})
     */
    Fields fields(Node node, String what, List<String> allowed) {
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple pair : pairs(node, what, "a mapping with " + String.join(", ", allowed))) {
            String key = ((ScalarNode) pair.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                String hint = Closest.to(key, allowed, k -> k).map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; expected one of " + String.join(", ", allowed));
                throw error(pair.getKeyNode(), "unknown key \"" + key + "\" in " + what + hint);
            }
            byKey.put(key, pair);
        }
        return new Fields(node, what, byKey);
    }

    /**
     * A mapping with any keys, each a plain scalar and none twice (a YAML parser keeps the last one of
     * duplicates silently: a second {@code rules:} would replace the first).
     */
    List<NodeTuple> pairs(Node node, String what, String expected) {
        if (!(node instanceof MappingNode mapping)) {
            throw wrongType(node, what, expected);
        }
        Map<String, Node> seen = new LinkedHashMap<>();
        for (NodeTuple pair : mapping.getValue()) {
            if (!(pair.getKeyNode() instanceof ScalarNode key) || isNull(key)) {
                throw error(pair.getKeyNode(), what + ": expected a key name, found " + describe(pair.getKeyNode()));
            }
            Node first = seen.putIfAbsent(key.getValue(), key);
            if (first != null) {
                throw error(key, "duplicate key \"" + key.getValue() + "\" in " + what + " (first at "
                        + position(first) + ")");
            }
        }
        return mapping.getValue();
    }

    /** A list. */
    List<Node> list(Node node, String what, String expected) {
        if (!(node instanceof SequenceNode sequence)) {
            throw wrongType(node, what, expected);
        }
        return sequence.getValue();
    }

    /** A single scalar or a non-empty list ({@code category: a} or {@code category: [a, b]}). */
    List<Node> oneOrMore(Node node, String what) {
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        if (items.isEmpty()) {
            throw error(node, what + ": expected at least one value, found an empty list");
        }
        return items;
    }

    /** A string scalar; numbers, booleans and empty values are not strings here. */
    String string(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.STR)) {
            throw wrongType(node, what, "a string");
        }
        return scalar.getValue();
    }

    /** {@code true} or {@code false}. */
    boolean bool(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.BOOL)) {
            throw wrongType(node, what, "true or false");
        }
        return Boolean.parseBoolean(scalar.getValue());
    }

    AnalysisException wrongType(Node node, String what, String expected) {
        String hint = isNull(node) ? " (a # after a blank starts a comment: quote values such as \"#0\")" : "";
        return error(node, what + ": expected " + expected + ", found " + describe(node) + hint);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (isNull(scalar)) {
            return "nothing";
        }
        if (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT)) {
            return "the number " + scalar.getValue();
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            return scalar.getValue();
        }
        return "\"" + scalar.getValue() + "\"";
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** The values of a checked mapping, by key. */
    final class Fields {
        private final Node node;
        private final String what;
        private final Map<String, NodeTuple> byKey;

        private Fields(Node node, String what, Map<String, NodeTuple> byKey) {
            this.node = node;
            this.what = what;
            this.byKey = byKey;
        }

        Optional<Node> optional(String key) {
            return Optional.ofNullable(byKey.get(key)).map(NodeTuple::getValueNode);
        }

        /** @throws AnalysisException at the mapping when the key is absent */
        Node required(String key) {
            return optional(key).orElseThrow(() -> error(node, what + ": \"" + key + "\" is missing"));
        }
    }
}
