package io.ballast.agent.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in the file, as keys and list indexes from the top; printed the way an admin reads it:
 * {@code custodians[0].sftp.port}, with keys that are not plain words quoted: {@code targets['BRK.B']}.
 */
record KeyPath(List<Object> segments) {
    static final KeyPath ROOT = new KeyPath(List.of());

    KeyPath {
        segments = List.copyOf(segments);
    }

    KeyPath key(String name) {
        return append(name);
    }

    KeyPath index(int index) {
        return append(index);
    }

    /** The enclosing path; the root is its own parent. */
    KeyPath parent() {
        return segments.isEmpty() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    private KeyPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new KeyPath(longer);
    }

    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "(top level)";
        }
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else if (segment.toString().matches("[A-Za-z0-9_-]+")) {
                text.append(text.length() == 0 ? "" : ".").append(segment);
            } else {
                text.append("['").append(segment).append("']");
            }
        }
        return text.toString();
    }
}
