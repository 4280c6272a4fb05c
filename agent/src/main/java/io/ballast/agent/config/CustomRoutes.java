package io.ballast.agent.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The Camel YAML DSL route files ({@code *.yaml}) IT keeps in the configured custom routes directory: checked
 * with the configuration (every file read and every route built, nothing started), then loaded into the agent.
 */
public final class CustomRoutes {
    private CustomRoutes() {
    }

    /** The route files of the directory, in name order. */
    public static List<Path> files(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list custom routes in " + directory, e);
        }
    }

    /** Adds the routes of every file to the context; throws naming the file, line and reason of the first one. */
    public static void load(CamelContext context, Path directory) throws ConfigException {
        for (Path file : files(directory)) {
            ConfigProblem problem = loadFile(context, file);
            if (problem != null) {
                throw new ConfigException(List.of(problem));
            }
        }
    }

    /** Every problem of the directory's route files, found in a Camel context of their own that never starts. */
    static List<ConfigProblem> problems(Path directory) {
        List<ConfigProblem> problems = new ArrayList<>();
        DefaultCamelContext context = new DefaultCamelContext();
        try {
            context.setSourceLocationEnabled(true); // routes keep the line they start at
            // the agent's own components, so a custom route may use them like any other
            context.getRegistry().bind("jms", new JmsComponent());
            for (Path file : files(directory)) {
                ConfigProblem problem = loadFile(context, file);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (problems.isEmpty()) {
                try {
                    context.build();
                    context.init(); // builds every route and its endpoints, starts nothing
                } catch (RuntimeException e) {
                    problems.add(notBuilt(context, e));
                }
            }
        } finally {
            context.stop();
        }
        return problems;
    }

    private static ConfigProblem loadFile(CamelContext context, Path file) {
        try {
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveResource(context, "file:" + file.toAbsolutePath()));
            return null;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
                    Mark mark = marked.getProblemMark().get();
                    return new ConfigProblem(file, mark.getLine() + 1, mark.getColumn() + 1, "route",
                            firstLine(marked.getProblem() == null ? marked.getMessage() : marked.getProblem()));
                }
            }
            return new ConfigProblem(file, 1, 1, "route", firstLine(e.getMessage()));
        }
    }

    private static ConfigProblem notBuilt(ModelCamelContext context, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FailedToCreateRouteException failed) {
                RouteDefinition route = context.getRouteDefinition(failed.getRouteId());
                String location = route == null || route.getResource() == null ? null
                        : route.getResource().getLocation();
                Path file = location == null ? Path.of("?") : Path.of(location.replaceFirst("^file:", ""));
                int line = route == null ? 0 : Math.max(route.getLineNumber(), 0);
                String reason = failed.getCause() == null ? failed.getMessage() : failed.getCause().getMessage();
                return new ConfigProblem(file, line, 1, "route " + failed.getRouteId(), firstLine(reason));
            }
        }
        return new ConfigProblem(Path.of("?"), 0, 0, "route", firstLine(e.getMessage()));
    }

    private static String firstLine(String text) {
        return text == null ? "unknown reason" : text.lines().findFirst().orElse(text).strip();
    }
}
