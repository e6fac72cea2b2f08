package io.ffibind.processor.read;

import io.ffibind.processor.types.JavaType;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Struct} or {@code @Union} record as written, with the positions checks report at.
 *
 * @param name the struct's name in type strings ({@code @Struct(name)}, else the simple name)
 * @param nestedName the simple names from the outermost type, such as {@code [Outer, Point]}
 * @param size the stated {@code sizeof}, or -1
 * @param align the stated {@code _Alignof}, or -1
 * @param scope the struct names its field type strings may use
 */
public record StructDeclaration(
    TypeElement type,
    AnnotationMirror annotation,
    boolean union,
    String packageName,
    List<String> nestedName,
    String name,
    AnnotationValue nameValue,
    long size,
    AnnotationValue sizeValue,
    long align,
    AnnotationValue alignValue,
    boolean packed,
    List<Component> components,
    StructNames scope) {

  /**
   * A record component.
   *
   * @param cName the C field name: {@code @Field(name)}, else the component's name
   * @param field the {@code @Field} mirror, or null
   * @param typeText the {@code @Field} type string, or null when the Java type decides
   * @param missingType whether javac could not resolve the component's Java type (yet)
   */
  public record Component(
      RecordComponentElement element,
      String name,
      String cName,
      AnnotationValue cNameValue,
      JavaType javaType,
      AnnotationMirror field,
      String typeText,
      AnnotationValue typeValue,
      boolean missingType) {}

  /** {@code struct Point} / {@code union Value}, for messages. */
  public String cName() {
    return (union ? "union " : "struct ") + name;
  }

  /** The record as source names it from its package: {@code Outer.Point}. */
  public String recordName() {
    return String.join(".", nestedName);
  }
}
