package io.ballast.optimizer;

import com.google.ortools.Loader;

/** Loads the OR-Tools natives once per JVM: loading copies ~69 MB to a temporary directory, so never twice. */
final class NativeLibraries {
    private NativeLibraries() {
    }

    static void ensureLoaded() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            Loader.loadNativeLibraries();
        }

        private static void touch() {
            // Class initialisation above does the work, exactly once and thread-safely.
        }
    }
}
