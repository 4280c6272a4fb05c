package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonPointer;
import io.ballast.domain.Policy;
import java.nio.file.Path;

/** Reads a policy file into the domain's {@link Policy}, over {@link Policy#standard()}. */
final class PolicyBinding {
    private PolicyBinding() {
    }

    static Policy read(Path file) throws InputException {
        JsonFile.Bound<PolicyFile> bound = JsonFile.read(file, PolicyFile.class);
        JsonPointer root = JsonPointer.empty();
        if (bound.value() == null) {
            throw bound.file().refuse(root, "the file holds no policy");
        }
        if (bound.value().restricted() != null && bound.value().restricted().contains(null)) {
            throw bound.file().refuse(root.appendProperty("restricted"), "a restricted security must not be null");
        }
        return bound.file().at(root, () -> bound.value().over(Policy.standard()).toPolicy());
    }
}
