package io.ffibind.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @NativeLibrary} interface as written.
 *
 * @param nestedName the simple names from the outermost type, such as {@code [Outer, Inner]}
 * @param methods its abstract methods, inherited ones included
 * @param closeable whether it extends {@link AutoCloseable}
 * @param globals its abstract methods annotated {@code @Global}, which are not in {@code methods}
 */
public record LibraryDeclaration(
    TypeElement type,
    AnnotationMirror annotation,
    String packageName,
    List<String> nestedName,
    String libraryName,
    String charset,
    AnnotationValue charsetValue,
    boolean closeable,
    List<MethodDeclaration> methods,
    List<GlobalDeclaration> globals) {}
