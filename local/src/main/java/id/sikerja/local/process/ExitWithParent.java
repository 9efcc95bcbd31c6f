package id.sikerja.local.process;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Makes a child process end when its parent does: the parent holds the child's standard input open for
 * as long as it lives, so end of input (also when the parent is killed) means exit.
 *
 * <p>As a main class it wraps another main class: {@code ExitWithParent some.Main args...}.
 */
public final class ExitWithParent {

    private ExitWithParent() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ExitWithParent <main class> [arguments...]");
        }
        watchStandardInput();
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Starts a daemon thread that exits the JVM (running its shutdown hooks) when standard input ends. */
    public static void watchStandardInput() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // the parent sends nothing; reading only detects the end
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone, too
            }
            System.exit(0);
        }, "exit-with-parent");
        watcher.setDaemon(true);
        watcher.start();
    }
}
