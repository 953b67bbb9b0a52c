package org.claimscorer.training;

import java.util.List;

/** A labelled-data file that cannot be used, with one message per bad line. */
public final class DataFileException extends Exception {

    /** A file with these problems, one message each, starting with the line number where there is one. */
    public DataFileException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
    }
}
