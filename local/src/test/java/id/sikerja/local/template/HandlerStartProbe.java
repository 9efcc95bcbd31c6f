package id.sikerja.local.template;

/**
 * Runs alone in a fresh JVM whose class path is a function's deployment layout (DeploymentPackageTest): builds
 * the handler as the Lambda runtime does at init, which boots the function's Spring context and wiring. JDK only.
 *
 * <p>Argument: the handler class.
 */
public final class HandlerStartProbe {

    private HandlerStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        Object handler = Class.forName(args[0]).getConstructor().newInstance();
        System.out.println("STARTED " + handler.getClass().getName());
    }
}
