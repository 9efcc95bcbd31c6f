package id.sikerja.intake;

import id.sikerja.api.SpringFunctionHandler;

/** Lambda handler of the intake function: {@code id.sikerja.intake.IntakeHandler::handleRequest}. */
public final class IntakeHandler extends SpringFunctionHandler {

    public IntakeHandler() {
        super(IntakeApp.class, IntakeApp.FUNCTION);
    }
}
