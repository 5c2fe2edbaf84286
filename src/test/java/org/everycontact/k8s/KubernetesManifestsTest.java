package org.everycontact.k8s;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.everycontact.k8s.Manifests.Resource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests under k8s/ are valid Kubernetes objects and match the application: the probes answer
 * on the running service, the ports agree, every environment variable and configuration key is a
 * property the application documents, the secrets they read exist in the dev overlay, and the pods
 * run hardened.
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final Path BASE = Manifests.ROOT.resolve("base");
    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "namespace", "labels",
            "resources", "images", "secretGenerator", "configMapGenerator", "patches");
    /** Read by the image's run-java.sh, not by the application. */
    private static final Set<String> RUNTIME_VARIABLES = Set.of("JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS");
    private static final int APPLICATION_PORT = 8080;
    private static final long IMAGE_USER = 185;

    static Stream<Path> resourceFiles() {
        return Manifests.resourceFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("resourceFiles")
    void everyManifestIsAKnownKindWithNoUnknownField(Path file) {
        List<Resource> resources = Manifests.read(file);
        assertFalse(resources.isEmpty(), file.toString());
        resources.forEach(r -> assertThat(r.source(), Manifests.unknownFields(r.model()), empty()));
    }

    @Test
    void kustomizationsUseKnownFieldsAndNameFilesThatExist() {
        for (Path kustomization : Manifests.kustomizations()) {
            var tree = Manifests.readTree(kustomization);
            List<String> fields = new ArrayList<>();
            tree.fieldNames().forEachRemaining(fields::add);
            assertThat(kustomization.toString(), fields, everyItem(in(KUSTOMIZATION_FIELDS)));
            Path folder = kustomization.getParent();
            List<String> named = new ArrayList<>();
            tree.path("resources").forEach(r -> named.add(r.asText()));
            tree.path("patches").forEach(p -> named.add(p.path("path").asText()));
            tree.path("configMapGenerator").forEach(g -> g.path("files").forEach(f -> named.add(f.asText())));
            for (String name : named) {
                assertTrue(Files.exists(folder.resolve(name)), kustomization + " names " + name);
            }
        }
    }

    @Test
    void probesAnswerOnTheRunningServiceAtTheApplicationsPort() {
        Container container = service().getSpec().getTemplate().getSpec().getContainers().get(0);
        ContainerPort http = container.getPorts().get(0);
        assertEquals("http", http.getName());
        assertEquals(APPLICATION_PORT, http.getContainerPort());
        assertEquals(String.valueOf(APPLICATION_PORT),
                applicationProperties().getProperty("quarkus.http.port", String.valueOf(APPLICATION_PORT)));
        for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
                container.getReadinessProbe())) {
            assertEquals("http", probe.getHttpGet().getPort().getStrVal());
            given().get(probe.getHttpGet().getPath()).then().statusCode(200);
        }
        assertEquals("/q/health/started", container.getStartupProbe().getHttpGet().getPath());
        assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
        Service service = Manifests.read(BASE.resolve("service.yaml")).get(0).as(Service.class);
        assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        assertEquals(service().getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector());
    }

    @Test
    void everyEnvironmentVariableIsADocumentedProperty() {
        DocumentedProperties documented = DocumentedProperties.fromReadme();
        for (Container container : workloadContainers()) {
            for (EnvVar variable : container.getEnv()) {
                if (!RUNTIME_VARIABLES.contains(variable.getName())) {
                    assertTrue(documented.documentsEnvironmentName(variable.getName()),
                            container.getName() + " sets " + variable.getName() + ", not a documented property");
                }
            }
        }
    }

    @Test
    void everyConfigurationKeyIsADocumentedProperty() throws IOException {
        DocumentedProperties documented = DocumentedProperties.fromReadme();
        List<String> files = new ArrayList<>();
        for (Resource r : Manifests.read(BASE.resolve("configmap.yaml"))) {
            var data = r.as(ConfigMap.class).getData();
            if (data.containsKey("application.properties")) {
                files.add(data.get("application.properties"));
            }
        }
        for (String overlay : List.of("dev", "prod")) {
            files.add(Files.readString(Manifests.ROOT.resolve("overlays").resolve(overlay).resolve("application.properties")));
        }
        assertEquals(3, files.size());
        for (String file : files) {
            Properties properties = new Properties();
            properties.load(new StringReader(file));
            assertFalse(properties.isEmpty());
            for (String key : properties.stringPropertyNames()) {
                assertTrue(documented.documents(key), key + " is not a documented property");
            }
        }
    }

    @Test
    void secretsTheWorkloadsReadAreTheOnesTheDevOverlayGenerates() {
        Set<String> generated = new TreeSet<>();
        Manifests.readTree(Manifests.ROOT.resolve("overlays/dev/kustomization.yaml")).path("secretGenerator")
                .forEach(g -> g.path("literals").forEach(l -> generated.add(
                        g.path("name").asText() + "/" + l.asText().substring(0, l.asText().indexOf('=')))));
        Set<String> read = new TreeSet<>();
        for (Container container : workloadContainers()) {
            container.getEnv().stream().filter(v -> v.getValueFrom() != null)
                    .map(v -> v.getValueFrom().getSecretKeyRef())
                    .forEach(ref -> read.add(ref.getName() + "/" + ref.getKey()));
        }
        assertFalse(read.isEmpty());
        assertThat(read, everyItem(in(generated)));
    }

    @Test
    void podsRunAsTheImagesNonRootUserWithAReadOnlyRootAndBoundedResources() throws IOException {
        List<PodSpec> pods = List.of(service().getSpec().getTemplate().getSpec(),
                Manifests.read(BASE.resolve("import-job.yaml")).get(0).as(Job.class).getSpec().getTemplate().getSpec());
        for (PodSpec pod : pods) {
            assertTrue(pod.getSecurityContext().getRunAsNonRoot());
            assertEquals(IMAGE_USER, pod.getSecurityContext().getRunAsUser());
            assertFalse(pod.getAutomountServiceAccountToken());
            for (Container container : pod.getContainers()) {
                assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
                assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
                assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
                assertThat(container.getResources().getRequests().keySet(), hasItems("cpu", "memory"));
                assertNotNull(container.getResources().getLimits().get("memory"));
                assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")));
            }
        }
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        for (String line : List.of("EXPOSE " + APPLICATION_PORT, "USER " + IMAGE_USER,
                "COPY --chown=" + IMAGE_USER + " target/quarkus-app/")) {
            assertTrue(dockerfile.contains(line), "Dockerfile.jvm lacks " + line);
        }
    }

    /** Needs kubectl (its built-in kustomize): rendered, each overlay is still a valid set of objects. */
    @Test
    void overlaysRenderToValidObjects() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed: overlays not rendered");
        for (String overlay : List.of("dev", "prod")) {
            Process kustomize = new ProcessBuilder("kubectl", "kustomize", Manifests.ROOT.resolve("overlays/" + overlay).toString())
                    .redirectErrorStream(true).start();
            String rendered = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(kustomize.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, kustomize.exitValue(), rendered);
            List<Resource> resources = Manifests.parse(overlay, rendered);
            resources.forEach(r -> assertThat(r.source(), Manifests.unknownFields(r.model()), empty()));
            assertThat(resources.stream().map(Resource::kind).toList(), hasItems("Deployment", "Service",
                    "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ConfigMap", "Job"));
            resources.forEach(r -> assertNotNull(r.model().getMetadata().getNamespace(), r.source()));
        }
    }

    private static Deployment service() {
        return Manifests.read(BASE.resolve("deployment.yaml")).get(0).as(Deployment.class);
    }

    private static List<Container> workloadContainers() {
        List<Container> containers = new ArrayList<>(service().getSpec().getTemplate().getSpec().getContainers());
        containers.addAll(Manifests.read(BASE.resolve("import-job.yaml")).get(0).as(Job.class)
                .getSpec().getTemplate().getSpec().getContainers());
        return containers;
    }

    private static Properties applicationProperties() {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(Path.of("src/main/resources/application.properties"))));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
