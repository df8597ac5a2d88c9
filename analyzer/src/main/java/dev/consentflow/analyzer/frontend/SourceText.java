package dev.consentflow.analyzer.frontend;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Reads a source file's text in the build's encoding. A byte order mark is dropped (javac drops it too);
 * a byte that is not valid in the encoding is an error at its line and column, never silently replaced,
 * since a replaced character may change what the analyzer sees (an identifier, a string).
 */
final class SourceText {
    private static final char BOM = '\uFEFF';

    private SourceText() {}

    /**
     * Thrown for bytes that the encoding cannot decode.
     *
     * <p>{@code line} and {@code column} are 1-based, in characters as JavaParser counts them.
     */
    static final class UndecodableException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        UndecodableException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /**
     * @return the file's text without a leading byte order mark
     * @throws UndecodableException at the first byte sequence that {@code charset} cannot decode
     * @throws IOException when the file cannot be read
     */
    static String read(Path file, Charset charset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            throw undecodable(out, bytes, in.position(), result.length(), charset);
        }
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static UndecodableException undecodable(CharSequence decoded, byte[] bytes, int at, int length,
            Charset charset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = decoded.length() - lineStart + 1;
        if (line == 1 && decoded.length() > 0 && decoded.charAt(0) == BOM) {
            column--;
        }
        String hex = HexFormat.ofDelimiter(" 0x").withUpperCase()
                .formatHex(bytes, at, Math.min(bytes.length, at + Math.max(length, 1)));
        String what = length > 1 ? "bytes 0x" + hex + " are" : "byte 0x" + hex + " is";
        return new UndecodableException(line, column, what + " not valid " + charset.name()
                + "; the file is not analyzed (set the sources' encoding: --encoding, or project.build.sourceEncoding"
                + " in Maven)");
    }
}
