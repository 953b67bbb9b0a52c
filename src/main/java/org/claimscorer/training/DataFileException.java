package org.claimscorer.training;

import java.util.List;

/** A labelled-data file that cannot be used, with one message per bad line. */
public final class DataFileException extends Exception {

    private final List<String> problems;

    public DataFileException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One message per problem, each starting with the line number where there is one. */
    public List<String> problems() {
        return problems;
    }
}
