package io.ballast.agent.config;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A configuration file was refused; {@link #getMessage()} lists every problem, one per line, in file order. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final Comparator<ConfigProblem> FILE_ORDER = Comparator.comparingInt(ConfigProblem::line)
            .thenComparingInt(ConfigProblem::column).thenComparing(ConfigProblem::key)
            .thenComparing(ConfigProblem::message);

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration is refused for at least one problem");
        }
        this.problems = problems.stream().sorted(FILE_ORDER).distinct().toList();
    }

    /** In file order. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n"));
    }
}
