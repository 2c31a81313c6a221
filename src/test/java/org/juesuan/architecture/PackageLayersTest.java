package org.juesuan.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The product's packages in pipeline order, lowest first: each may use those before it, never one after it. The
 * order is the README's map (read → detect layout → map codes → validate → load → report), then the commands'
 * own packages. A new package must be placed here, or this test fails.
 */
class PackageLayersTest {

    /** Lowest first. */
    static final List<String> LAYERS = List.of(
            "model", "read", "layout", "mapping", "validate", "load", "report", "disclosure", "summary", "query",
            "submission", "ops",
            "batch", "web", "cli");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.juesuan");

    @Test
    void noPackageUsesOneAboveItInThePipeline() {
        var architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : LAYERS) {
            architecture = architecture.layer(layer).definedBy("org.juesuan." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new);
            architecture = architecture.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        architecture = architecture.whereLayer(LAYERS.get(LAYERS.size() - 1)).mayNotBeAccessedByAnyLayer();
        architecture.check(PRODUCT);
    }

    @Test
    void everyProductPackageHasItsPlaceInTheOrder() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : PRODUCT) {
            String name = c.getPackageName();
            if (name.startsWith("org.juesuan.")) {
                packages.add(name.substring("org.juesuan.".length()).split("\\.")[0]);
            }
        }
        assertThat(packages).as("packages read").contains("read", "validate", "cli");
        assertThat(LAYERS).containsAll(packages);
        assertThat(packages).as("the product jar holds no test-only code such as the sample generator")
                .doesNotContain("samples", "bench", "corpus", "support");
    }
}
