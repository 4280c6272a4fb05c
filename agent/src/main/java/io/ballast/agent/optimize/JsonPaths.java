package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;

/** JSON pointers, which locate values, shown the way people write paths: {@code $.accounts[0].lots[1]}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String show(JsonPointer pointer) {
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer segment = pointer; !segment.matches(); segment = segment.tail()) {
            if (segment.mayMatchElement()) {
                path.append('[').append(segment.getMatchingIndex()).append(']');
            } else {
                path.append('.').append(segment.getMatchingProperty());
            }
        }
        return path.toString();
    }

    /** The value Jackson was binding when it failed. */
    static JsonPointer of(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer = reference.getFieldName() != null ? pointer.appendProperty(reference.getFieldName())
                    : pointer.appendIndex(reference.getIndex());
        }
        return pointer;
    }
}
