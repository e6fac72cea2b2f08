package io.ffibind.processor.read;

import io.ffibind.processor.read.StructDeclaration.Component;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Struct}/{@code @Union} record into a {@link StructDeclaration}. Judges nothing:
 * the checks report every problem with the positions kept here.
 */
public final class StructReader {
  private final Elements elements;
  private final StructScopes scopes;

  public StructReader(Elements elements, StructScopes scopes) {
    this.elements = elements;
    this.scopes = scopes;
  }

  public StructDeclaration read(TypeElement type) {
    boolean union = Annotations.find(type, Annotations.UNION).isPresent()
        && Annotations.find(type, Annotations.STRUCT).isEmpty();
    AnnotationMirror annotation =
        Annotations.find(type, union ? Annotations.UNION : Annotations.STRUCT).orElseThrow();
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement c : type.getRecordComponents()) {
      components.add(component(c));
    }
    return new StructDeclaration(
        type,
        annotation,
        union,
        elements.getPackageOf(type).getQualifiedName().toString(),
        nestedName(type),
        StructScopes.structName(type),
        Annotations.explicit(annotation, "name"),
        number(annotation, "size"),
        Annotations.explicit(annotation, "size"),
        number(annotation, "align"),
        Annotations.explicit(annotation, "align"),
        !union && Boolean.parseBoolean(Annotations.string(annotation, "packed", "false")),
        List.copyOf(components),
        scopes.forRecord(type));
  }

  private static Component component(RecordComponentElement c) {
    AnnotationMirror field = Annotations.find(c, Annotations.FIELD).orElse(null);
    String typeText = field == null ? null : Annotations.string(field, "value", "");
    String cName = field == null ? "" : Annotations.string(field, "name", "");
    String name = c.getSimpleName().toString();
    return new Component(
        c,
        name,
        cName.isEmpty() ? name : cName,
        field == null ? null : Annotations.explicit(field, "name"),
        JavaTypes.of(c.asType()),
        field,
        typeText == null || typeText.isEmpty() ? null : typeText,
        field == null ? null : Annotations.explicit(field, "value"),
        MissingTypes.in(c.asType()) || (field != null && MissingTypes.in(Annotations.explicit(field, "value"))));
  }

  private static long number(AnnotationMirror mirror, String name) {
    AnnotationValue value = Annotations.explicit(mirror, name);
    return value != null && value.getValue() instanceof Number n ? n.longValue() : -1;
  }

  static List<String> nestedName(Element type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement t) {
      names.add(0, t.getSimpleName().toString());
      e = t.getEnclosingElement();
    }
    return List.copyOf(names);
  }
}
