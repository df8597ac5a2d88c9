package dev.consentflow.analyzer.incremental;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A source text parsed with its tokens, for {@link EditKind}: an edit is placed at a token's offset in the
 * text, counted over the tokens themselves, so that tabs and line ends stay as they are (JavaParser's
 * columns count a tab as one and its lines know three line ends).
 *
 * @param text the source text
 * @param unit its syntax tree
 * @param offsets the offset in the text of each of its tokens, by identity
 */
record TokenedSource(String text, CompilationUnit unit, Map<JavaToken, Integer> offsets) {

    /**
     * The parsed {@code text}; empty when it does not parse, or when its tokens do not spell it exactly (a
     * byte order mark, say), so that no offset can be wrong.
     */
    static Optional<TokenedSource> parse(String text) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setAttributeComments(false);
        ParseResult<CompilationUnit> result = new JavaParser(config).parse(text);
        Optional<JavaToken> any = result.getResult().flatMap(Node::getTokenRange).map(TokenRange::getBegin);
        if (!result.isSuccessful() || any.isEmpty()) {
            return Optional.empty();
        }
        JavaToken token = any.get();
        while (token.getPreviousToken().isPresent()) {
            token = token.getPreviousToken().get();
        }
        Map<JavaToken, Integer> offsets = new IdentityHashMap<>();
        StringBuilder spelled = new StringBuilder();
        for (Optional<JavaToken> t = Optional.of(token); t.isPresent(); t = t.get().getNextToken()) {
            offsets.put(t.get(), spelled.length());
            spelled.append(t.get().getText());
        }
        if (!spelled.toString().equals(text)) {
            return Optional.empty();
        }
        return Optional.of(new TokenedSource(text, result.getResult().get(), offsets));
    }

    /** The offset of the first character of {@code node} in the text. */
    int start(Node node) {
        return offset(node.getTokenRange().orElseThrow().getBegin());
    }

    /** The offset just after the last character of {@code node}. */
    int end(Node node) {
        JavaToken last = node.getTokenRange().orElseThrow().getEnd();
        return offset(last) + last.getText().length();
    }

    int offset(JavaToken token) {
        return offsets.get(token);
    }

    /** The text with {@code inserted} at {@code offset}. */
    String insert(int offset, String inserted) {
        return replace(offset, offset, inserted);
    }

    /** The text with the characters from {@code start} to just before {@code end} replaced by {@code replacement}. */
    String replace(int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
