package fishaudio.client.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs openapi-generator as {@code pom.xml}'s {@code generate-client} execution does, from another
 * spec into another folder: the settings are read from that execution, and the generator is the
 * Maven plugin's own, at the pom's version, on the runtime classpath the plugin's descriptor lists
 * (in the local repository, where Maven put it to run the plugin in {@code generate-sources}).
 *
 * <p>The generator and its tree (swagger-parser, Jackson, Guava...) load in a class loader of their
 * own whose parent is the platform loader: nothing of them enters the test classpath, whose
 * dependencies the enforcer checks, and nothing of the test classpath (openapi-diff's older
 * swagger-parser, say) reaches them. So the generator is called reflectively, in the order
 * {@code CodeGenMojo.execute()} uses. A setting of the execution this class does not map fails the
 * run, so the build cannot gain a setting the regeneration test silently leaves out.
 */
final class GeneratorRun {
  private static final String PLUGIN = "openapi-generator-maven-plugin";
  private static final String EXECUTION = "generate-client";

  /** The execution's settings this class applies (those of Maven alone are read and ignored). */
  private static final List<String> MAPPED = Arrays.asList("inputSpec", "output", "generatorName", "library",
      "templateDirectory", "configurationFile", "cleanupOutput", "skipValidateSpec", "generateApiTests",
      "generateModelTests", "generateApiDocumentation", "generateModelDocumentation", "apiPackage", "modelPackage",
      "invokerPackage", "supportingFilesToGenerate", "typeMappings", "nameMappings", "globalProperties", "configOptions",
      "apiNameSuffix");
  /** Settings of the Maven build only: the skip switch and the source root Maven compiles. */
  private static final List<String> MAVEN_ONLY = Arrays.asList("skip", "addCompileSourceRoot");

  private final Map<String, Object> settings;
  private final String version;

  private GeneratorRun(Map<String, Object> settings, String version) {
    this.settings = settings;
    this.version = version;
  }

  /** The generate-client execution of {@code basedir/pom.xml}. */
  static GeneratorRun fromPom(Path basedir) {
    Document pom = parse(basedir.resolve("pom.xml"));
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("project.basedir", basedir.toAbsolutePath().toString());
    properties.put("project.build.directory", basedir.resolve("target").toAbsolutePath().toString());
    Element project = pom.getDocumentElement();
    Element props = child(project, "properties");
    if (props != null) {
      for (Element property : children(props)) {
        properties.put(property.getTagName(), property.getTextContent().trim());
      }
    }
    Element plugin = null;
    for (Element candidate : children(child(child(project, "build"), "plugins"))) {
      if (PLUGIN.equals(text(candidate, "artifactId"))) {
        plugin = candidate;
      }
    }
    if (plugin == null) {
      throw new IllegalStateException("pom.xml has no " + PLUGIN);
    }
    String version = interpolate(text(plugin, "version"), properties);
    if (child(plugin, "dependencies") != null) {
      throw new IllegalStateException("pom.xml gives " + PLUGIN + " dependencies of its own, which GeneratorRun does "
          + "not add to the generator's classpath: add them there");
    }
    Element configuration = null;
    for (Element execution : children(child(plugin, "executions"))) {
      if (EXECUTION.equals(text(execution, "id"))) {
        configuration = child(execution, "configuration");
      }
    }
    if (configuration == null) {
      throw new IllegalStateException("pom.xml's " + PLUGIN + " has no execution " + EXECUTION + " with a configuration");
    }
    // The plugin's own configuration, then the execution's over it, as Maven merges them.
    Map<String, Object> settings = new LinkedHashMap<>();
    read(child(plugin, "configuration"), properties, settings);
    read(configuration, properties, settings);
    return new GeneratorRun(settings, version);
  }

  private static void read(Element configuration, Map<String, String> properties, Map<String, Object> settings) {
    for (Element setting : children(configuration)) {
      String name = setting.getTagName();
      if (MAVEN_ONLY.contains(name)) {
        continue;
      }
      if (!MAPPED.contains(name)) {
        throw new IllegalStateException("pom.xml's " + PLUGIN + " sets <" + name + ">, which GeneratorRun does not "
            + "apply: map it there, as CodeGenMojo does, so the regeneration test generates as the build does");
      }
      List<Element> items = children(setting);
      if (items.isEmpty()) {
        settings.put(name, interpolate(setting.getTextContent().trim(), properties));
      } else if (name.endsWith("Mappings")) {
        List<String> list = new ArrayList<>();
        for (Element item : items) {
          list.add(interpolate(item.getTextContent().trim(), properties));
        }
        settings.put(name, list);
      } else {
        Map<String, String> map = new LinkedHashMap<>();
        for (Element item : items) {
          map.put(item.getTagName(), interpolate(item.getTextContent().trim(), properties));
        }
        settings.put(name, map);
      }
    }
  }

  /**
   * Generates from {@code spec} (already through {@link ClientSpec}) into {@code output}, with every
   * other setting as the build has it.
   */
  void generate(Path spec, Path output) {
    Map<String, Object> run = new LinkedHashMap<>(settings);
    run.put("inputSpec", spec.toAbsolutePath().toString());
    run.put("output", output.toAbsolutePath().toString());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    String logLevel = System.getProperty(SIMPLE_LOGGER_LEVEL);
    try (URLClassLoader generator = generatorLoader()) {
      // A thread of its own: the generator keeps its global settings in inheritable thread-locals,
      // which die with this thread, and reads templates and services through the context loader.
      Thread thread = new Thread(() -> {
        try {
          new Mojo(generator, run).execute();
        } catch (Throwable e) {
          failure.set(e);
        }
      }, "openapi-generator");
      thread.setContextClassLoader(generator);
      // slf4j-simple, the plugin's logger, reads its level once. Maven's -q shows what the build's
      // run logs at error only; the generator's routine warnings would be noise here.
      System.setProperty(SIMPLE_LOGGER_LEVEL, "error");
      thread.start();
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (logLevel == null) {
        System.clearProperty(SIMPLE_LOGGER_LEVEL);
      } else {
        System.setProperty(SIMPLE_LOGGER_LEVEL, logLevel);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("openapi-generator " + version + " failed: " + failure.get(), failure.get());
    }
  }

  private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  /**
   * The plugin's runtime classpath, as its descriptor ({@code META-INF/maven/plugin.xml}) lists it,
   * from the local repository; a listed jar the repository lacks is one Maven resolved at another
   * version when it ran the plugin, so it is left out here too (an annotations jar, today).
   */
  private URLClassLoader generatorLoader() {
    Path repository = localRepository();
    Path pluginJar = artifact(repository, "org.openapitools", PLUGIN, version, "jar");
    if (!Files.isRegularFile(pluginJar)) {
      throw new IllegalStateException("no " + pluginJar + ": run `mvn generate-sources` once, which fetches the "
          + "generator plugin, before this test");
    }
    Document descriptor;
    try (JarFile jar = new JarFile(pluginJar.toFile()); InputStream in = jar.getInputStream(jar.getEntry("META-INF/maven/plugin.xml"))) {
      descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the descriptor of " + pluginJar, e);
    }
    List<URL> urls = new ArrayList<>();
    Element plugin = descriptor.getDocumentElement();
    boolean core = false;
    for (Element dependency : children(child(plugin, "dependencies"))) {
      Path jar = artifact(repository, text(dependency, "groupId"), text(dependency, "artifactId"),
          text(dependency, "version"), text(dependency, "type"));
      if (Files.isRegularFile(jar)) {
        urls.add(url(jar));
        core |= "openapi-generator".equals(text(dependency, "artifactId")) && version.equals(text(dependency, "version"));
      }
    }
    if (!core) {
      throw new IllegalStateException("the local repository lacks openapi-generator " + version + ", which the plugin "
          + "runs: run `mvn generate-sources` once before this test");
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  private static Path localRepository() {
    String configured = System.getProperty("fishaudio.localRepository", System.getProperty("maven.repo.local"));
    if (configured != null && !configured.isEmpty()) {
      return Paths.get(configured);
    }
    return Paths.get(System.getProperty("user.home"), ".m2", "repository");
  }

  private static Path artifact(Path repository, String group, String artifact, String version, String type) {
    return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
        .resolve(artifact + "-" + version + "." + type);
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code CodeGenMojo.execute()} for the settings the execution uses, called reflectively. */
  private static final class Mojo {
    private final ClassLoader loader;
    private final Map<String, Object> settings;

    Mojo(ClassLoader loader, Map<String, Object> settings) {
      this.loader = loader;
      this.settings = settings;
    }

    void execute() throws Exception {
      Path output = Paths.get(string("output"));
      if (Boolean.parseBoolean(string("cleanupOutput"))) {
        deleteRecursively(output);
      }
      Class<?> configuratorType = type("org.openapitools.codegen.config.CodegenConfigurator");
      Object configurator = null;
      if (settings.containsKey("configurationFile")) {
        Class<?> module = type("com.fasterxml.jackson.databind.Module");
        configurator = configuratorType.getMethod("fromFile", String.class, Array.newInstance(module, 0).getClass())
            .invoke(null, string("configurationFile"), Array.newInstance(module, 0));
      }
      if (configurator == null) {
        configurator = configuratorType.getConstructor().newInstance();
      }
      call(configurator, "setVerbose", boolean.class, false);
      call(configurator, "setInputSpec", String.class, string("inputSpec"));
      if (settings.containsKey("skipValidateSpec")) {
        call(configurator, "setValidateSpec", boolean.class, !Boolean.parseBoolean(string("skipValidateSpec")));
      }
      call(configurator, "setGeneratorName", String.class, string("generatorName"));
      call(configurator, "setOutputDir", String.class, output.toAbsolutePath().toString());
      for (String setting : Arrays.asList("apiPackage", "modelPackage", "invokerPackage", "library", "apiNameSuffix")) {
        if (settings.containsKey(setting)) {
          call(configurator, "set" + Character.toUpperCase(setting.charAt(0)) + setting.substring(1), String.class,
              string(setting));
        }
      }
      if (settings.containsKey("templateDirectory")) {
        call(configurator, "setTemplateDir", String.class, Paths.get(string("templateDirectory")).toAbsolutePath().toString());
      }
      Class<?> globals = type("org.openapitools.codegen.config.GlobalSettings");
      Method setGlobal = globals.getMethod("setProperty", String.class, String.class);
      // The plugin's defaults: every API and model, the supporting files named, tests and docs on.
      setGlobal.invoke(null, constant("APIS"), "");
      setGlobal.invoke(null, constant("MODELS"), "");
      setGlobal.invoke(null, constant("SUPPORTING_FILES"), settings.getOrDefault("supportingFilesToGenerate", ""));
      setGlobal.invoke(null, constant("MODEL_TESTS"), settings.getOrDefault("generateModelTests", "true"));
      setGlobal.invoke(null, constant("MODEL_DOCS"), settings.getOrDefault("generateModelDocumentation", "true"));
      setGlobal.invoke(null, constant("API_TESTS"), settings.getOrDefault("generateApiTests", "true"));
      setGlobal.invoke(null, constant("API_DOCS"), settings.getOrDefault("generateApiDocumentation", "true"));
      setGlobal.invoke(null, constant("GENERATE_RECURSIVE_DEPENDENT_MODELS"), "false");
      Class<?> utils = type("org.openapitools.codegen.config.CodegenConfiguratorUtils");
      if (settings.containsKey("nameMappings")) {
        utils.getMethod("applyNameMappingsKvpList", List.class, configuratorType).invoke(null, settings.get("nameMappings"), configurator);
      }
      if (settings.containsKey("typeMappings")) {
        utils.getMethod("applyTypeMappingsKvpList", List.class, configuratorType).invoke(null, settings.get("typeMappings"), configurator);
      }
      for (Map.Entry<String, String> global : map("globalProperties").entrySet()) {
        call(configurator, "addGlobalProperty", new Class<?>[] {String.class, String.class}, global.getKey(), global.getValue());
      }
      Object input = configuratorType.getMethod("toClientOptInput").invoke(configurator);
      Object config = input.getClass().getMethod("getConfig").invoke(input);
      Class<?> configType = type("org.openapitools.codegen.CodegenConfig");
      @SuppressWarnings("unchecked")
      Map<String, Object> additional = (Map<String, Object>) configType.getMethod("additionalProperties").invoke(config);
      Map<String, String> options = map("configOptions");
      for (Object option : (List<?>) configType.getMethod("cliOptions").invoke(config)) {
        String name = (String) option.getClass().getMethod("getOpt").invoke(option);
        if (options.containsKey(name)) {
          additional.put(name, options.get(name));
        }
      }
      // CodeGenMojo.adjustAdditionalProperties: "true" and "false" become booleans for the templates.
      for (Map.Entry<String, Object> entry : additional.entrySet()) {
        if ("true".equalsIgnoreCase(String.valueOf(entry.getValue()))) {
          entry.setValue(Boolean.TRUE);
        } else if ("false".equalsIgnoreCase(String.valueOf(entry.getValue())) || entry.getValue() == null) {
          entry.setValue(Boolean.FALSE);
        }
      }
      Class<?> generatorType = type("org.openapitools.codegen.DefaultGenerator");
      Object generator = generatorType.getConstructor(Boolean.class).newInstance(Boolean.FALSE);
      generatorType.getMethod("opts", type("org.openapitools.codegen.ClientOptInput")).invoke(generator, input);
      try {
        generatorType.getMethod("generate").invoke(generator);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
      }
    }

    private Class<?> type(String name) throws ClassNotFoundException {
      return Class.forName(name, true, loader);
    }

    private String constant(String name) throws ReflectiveOperationException {
      return (String) type("org.openapitools.codegen.CodegenConstants").getField(name).get(null);
    }

    private String string(String name) {
      return (String) settings.get(name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> map(String name) {
      Object value = settings.get(name);
      return value == null ? new LinkedHashMap<>() : (Map<String, String>) value;
    }

    private static void call(Object target, String name, Class<?> type, Object argument) throws ReflectiveOperationException {
      call(target, name, new Class<?>[] {type}, argument);
    }

    private static void call(Object target, String name, Class<?>[] types, Object... arguments) throws ReflectiveOperationException {
      target.getClass().getMethod(name, types).invoke(target, arguments);
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- pom.xml ----

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  private static String interpolate(String value, Map<String, String> properties) {
    String current = value;
    for (int depth = 0; depth < 10 && current.contains("${"); depth++) {
      Matcher matcher = PROPERTY.matcher(current);
      StringBuffer out = new StringBuffer();
      while (matcher.find()) {
        String replacement = properties.get(matcher.group(1));
        if (replacement == null) {
          throw new IllegalStateException("pom.xml: no property " + matcher.group(1) + " for " + value);
        }
        matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      matcher.appendTail(out);
      current = out.toString();
    }
    return current;
  }

  private static Document parse(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    if (parent == null) {
      return elements;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element) {
        elements.add((Element) node);
      }
    }
    return elements;
  }

  private static Element child(Element parent, String name) {
    for (Element element : children(parent)) {
      if (element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}
