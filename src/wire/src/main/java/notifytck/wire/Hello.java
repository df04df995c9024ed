package notifytck.wire;

import java.util.List;
import notifytck.spi.Control;
import notifytck.spi.Mechanism;

/**
 * The program's answer to the kit's {@code hello}: who it is and what it declares. {@code sideBySide}
 * false runs scenarios one at a time; {@code freshProcess} true makes the kit start a new process for
 * every scenario instead of a start/stop pair on the same one.
 */
public record Hello(int protocol, String name, String version, List<Mechanism> mechanisms, List<Control> controls,
                    String platform, boolean sideBySide, boolean freshProcess) {}
