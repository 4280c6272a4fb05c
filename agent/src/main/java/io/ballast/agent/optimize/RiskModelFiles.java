package io.ballast.agent.optimize;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ballast.domain.RiskModel;
import java.io.IOException;
import java.nio.file.Path;

/** A risk model on its own in a JSON file: the agent's configured {@code optimizer.riskModelFile}. */
public final class RiskModelFiles {
    private RiskModelFiles() {
    }

    /** @throws IllegalArgumentException naming the file, line, JSON path and what is wrong */
    public static RiskModel read(Path file) {
        try {
            JsonFile.Bound<RiskModelFile> bound = JsonFile.read(file, RiskModelFile.class);
            if (bound.value() == null) {
                throw bound.file().refuse(JsonPointer.empty(), "the file holds no risk model");
            }
            return RiskModelBinding.bind(bound.file(), JsonPointer.empty(), bound.value());
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static void write(RiskModel model, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(),
                RiskModelBinding.form(model));
    }
}
