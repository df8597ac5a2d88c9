package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;

/**
 * One parsed source file.
 *
 * @param path absolute, normalized path
 * @param unit its compilation unit, with the project's symbol resolver attached
 * @param lines number of lines in the file
 * @param target whether the file was asked for (reported on), or parsed only to resolve symbols
 */
public record SourceFile(Path path, CompilationUnit unit, int lines, boolean target) {}
