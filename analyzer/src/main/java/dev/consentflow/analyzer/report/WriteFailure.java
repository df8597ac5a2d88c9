package dev.consentflow.analyzer.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Why a report, baseline or cache file could not be written, in words for a build log (no class names). */
public final class WriteFailure {
    private WriteFailure() {}

    /**
     * @param e the error writing
     * @return e.g. {@code /out/reports: not a directory} or {@code /out: permission denied}
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + ": a file is in the way";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }
}
