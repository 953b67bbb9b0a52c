package org.claimscorer.training;

import java.util.List;

/** Labelled data that cannot be used, with one message per problem, each starting {@code file:line}. */
public final class DataFileException extends Exception {

    /** Data with these problems. */
    public DataFileException(List<String> problems) {
        super(problems.size() + " problem(s) in the data:\n  " + String.join("\n  ", problems));
    }
}
