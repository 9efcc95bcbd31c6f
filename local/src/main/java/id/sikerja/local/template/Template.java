package id.sikerja.local.template;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A SAM/CloudFormation template read into plain maps (intrinsics in their long form, unresolved). */
public final class Template {

    private final Map<String, Object> root;

    private Template(Map<String, Object> root) {
        this.root = root;
    }

    public static Template load(Path file) {
        return new Template(CloudFormationYaml.load(file));
    }

    public static Template parse(String yaml) {
        return new Template(CloudFormationYaml.parse(yaml));
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    public Map<String, Object> conditions() {
        return section("Conditions");
    }

    public Map<String, Object> mappings() {
        return section("Mappings");
    }

    public Map<String, Object> globals() {
        return section("Globals");
    }

    public Map<String, Object> resources() {
        return section("Resources");
    }

    /** The resource's definition (Type, Properties, ...), or an exception naming what is missing. */
    public Map<String, Object> resource(String logicalId) {
        Object resource = resources().get(logicalId);
        if (resource == null) {
            throw new TemplateException("no resource " + logicalId + " in the template");
        }
        return Maps.map(resource, logicalId);
    }

    public String resourceType(String logicalId) {
        return Maps.string(resource(logicalId), "Type", logicalId);
    }

    public boolean hasResource(String logicalId) {
        return resources().containsKey(logicalId);
    }

    /** Logical id to Properties of every resource of the given type, in template order. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, definition) -> {
            Map<String, Object> resource = Maps.map(definition, id);
            if (type.equals(resource.get("Type"))) {
                found.put(id, Maps.mapOrEmpty(resource.get("Properties"), id + ".Properties"));
            }
        });
        return found;
    }

    private Map<String, Object> section(String name) {
        return Maps.mapOrEmpty(root.get(name), name);
    }
}
