package dev.stacksets.codegen;

import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes one public model class {@code X} per {@link Model} spec {@code XSpec}, and one package-private
 * {@code ModelSupport} per package (the argument checks the builders share). The generated code is what the
 * hand-written models were: see {@link ModelWriter}.
 */
@SupportedAnnotationTypes({"dev.stacksets.codegen.Model", "dev.stacksets.codegen.OpenEnum"})
public final class ModelProcessor extends AbstractProcessor {
  private final Set<String> supportWritten = new HashSet<>();
  /** The open enums specified in this round, by qualified name: they exist only once written. */
  private final Set<String> openEnums = new HashSet<>();

  /** Created by javac, through the service loader. */
  public ModelProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<? extends Element> specs = round.getElementsAnnotatedWith(Model.class);
    Set<String> models = new HashSet<>();
    for (Element e : specs) {
      models.add(qualifiedModelName((TypeElement) e));
    }
    Trees trees = Trees.instance(processingEnv);
    for (Element e : round.getElementsAnnotatedWith(OpenEnum.class)) {
      openEnums.add(qualifiedModelName((TypeElement) e));
    }
    for (Element e : round.getElementsAnnotatedWith(OpenEnum.class)) {
      TypeElement spec = (TypeElement) e;
      if (spec.getKind() != ElementKind.ENUM || !spec.getSimpleName().toString().endsWith("Spec")) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "@OpenEnum goes on an enum named XSpec", e);
        continue;
      }
      try {
        writeEnum(spec);
      } catch (IOException | RuntimeException ex) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write the enum: " + ex, e);
      }
    }
    for (Element e : specs) {
      TypeElement spec = (TypeElement) e;
      if (spec.getKind() != ElementKind.INTERFACE || !spec.getSimpleName().toString().endsWith("Spec")) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "@Model goes on an interface named XSpec", e);
        continue;
      }
      try {
        write(spec, trees, models);
      } catch (IOException | RuntimeException ex) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write the model: " + ex, e);
      }
    }
    return true;
  }

  private static String qualifiedModelName(TypeElement spec) {
    String q = spec.getQualifiedName().toString();
    return q.substring(0, q.length() - "Spec".length());
  }

  private void write(TypeElement spec, Trees trees, Set<String> models) throws IOException {
    String pkg = processingEnv.getElementUtils().getPackageOf(spec).getQualifiedName().toString();
    List<String> imports = new ArrayList<>();
    List<FieldSpec> fields = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    collect(spec, trees, pkg, models, imports, fields, extras);
    Model model = spec.getAnnotation(Model.class);
    String name = spec.getSimpleName().toString();
    name = name.substring(0, name.length() - "Spec".length());
    ModelWriter w = new ModelWriter(pkg, name, imports, doc(spec), fields, extras,
        model.additionalFields());
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, spec).openWriter()) {
      out.write(w.source());
    }
    if (supportWritten.add(pkg)) {
      try (Writer out = processingEnv.getFiler().createSourceFile(pkg + ".ModelSupport", spec).openWriter()) {
        out.write(ModelWriter.support(pkg));
      }
    }
  }

  private void writeEnum(TypeElement spec) throws IOException {
    String pkg = processingEnv.getElementUtils().getPackageOf(spec).getQualifiedName().toString();
    String name = qualifiedModelName(spec).substring(pkg.length() + 1);
    List<String[]> constants = new ArrayList<>();
    for (Element c : spec.getEnclosedElements()) {
      if (c.getKind() == ElementKind.ENUM_CONSTANT) {
        constants.add(new String[] {c.getSimpleName().toString(), doc(c)});
      }
    }
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, spec).openWriter()) {
      out.write(EnumWriter.source(pkg, name, doc(spec), constants));
    }
  }

  /**
   * The fields (abstract methods) and builder methods ({@link BuilderMethod} statics) of {@code type}, then those of
   * the interfaces it extends, in declaration order; adds the imports of the interfaces' files.
   */
  private void collect(TypeElement type, Trees trees, String pkg, Set<String> models, List<String> imports,
      List<FieldSpec> fields, List<String> extras) {
    for (ImportTree i : trees.getPath(type).getCompilationUnit().getImports()) {
      String text = (i.isStatic() ? "static " : "") + i.getQualifiedIdentifier();
      if (!text.startsWith(Model.class.getPackageName() + ".") && !imports.contains(text)) {
        imports.add(text);
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) member;
      MethodTree tree = trees.getTree(m);
      BuilderMethod bm = m.getAnnotation(BuilderMethod.class);
      if (bm != null) {
        List<String> params = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (var p : tree.getParameters()) {
          params.add(p.toString());
          args.add(p.getName().toString());
        }
        extras.add(ModelWriter.builderMethod(doc(m), m.getSimpleName().toString(), String.join(", ", params),
            bm.value(), type.getSimpleName() + "." + m.getSimpleName() + "(" + String.join(", ", args) + ")"));
        continue;
      }
      if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      String typeText = tree.getReturnType().toString();
      boolean nullable = typeText.contains("@Nullable") || tree.getModifiers().toString().contains("@Nullable");
      String t = typeText.replace("@Nullable", "").trim();
      fields.add(FieldSpec.of(m.getSimpleName().toString(), t, nullable, doc(m),
          m.getAnnotation(Redacted.class), m.getAnnotation(Presence.class) != null, kindOf(t, pkg, models)));
    }
    for (var parent : type.getInterfaces()) {
      Element e = processingEnv.getTypeUtils().asElement(parent);
      if (e instanceof TypeElement t) {
        collect(t, trees, pkg, models, imports, fields, extras);
      }
    }
  }

  private String doc(Element e) {
    String d = processingEnv.getElementUtils().getDocComment(e);
    return d == null ? "" : d.strip();
  }

  /** What kind of field a type is: a list, an open enum, a nested model, or a plain value. */
  private FieldSpec.Kind kindOf(String type, String pkg, Set<String> models) {
    if (type.startsWith("List<")) {
      String element = type.substring("List<".length(), type.length() - 1).trim();
      return isOpenEnum(element, pkg) ? FieldSpec.Kind.ENUM_LIST : FieldSpec.Kind.LIST;
    }
    if (isOpenEnum(type, pkg)) {
      return FieldSpec.Kind.ENUM;
    }
    if (models.contains(pkg + "." + type) || models.contains(type)) {
      return FieldSpec.Kind.NESTED;
    }
    return FieldSpec.Kind.VALUE;
  }

  private boolean isOpenEnum(String type, String pkg) {
    if (openEnums.contains(pkg + "." + type) || openEnums.contains(type)) {
      return true;
    }
    TypeElement t = processingEnv.getElementUtils().getTypeElement(pkg + "." + type);
    if (t == null) {
      t = processingEnv.getElementUtils().getTypeElement(type);
    }
    if (t == null || t.getKind() != ElementKind.ENUM) {
      return false;
    }
    for (Element c : t.getEnclosedElements()) {
      if (c.getKind() == ElementKind.ENUM_CONSTANT && c.getSimpleName().contentEquals("UNKNOWN_TO_SDK_VERSION")) {
        return true;
      }
    }
    return false;
  }
}
