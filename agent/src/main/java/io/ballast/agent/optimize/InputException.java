package io.ballast.agent.optimize;

/** An input file that cannot be used; the message names the file, the line and JSON path, and what is wrong. */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
