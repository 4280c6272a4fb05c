package io.ballast.agent;

import picocli.CommandLine.Command;

@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Asks the counterparty, through the running agent, to cancel what is left of a working order.")
final class CancelOrderCommand extends OrderActionCommand {
    @Override
    protected String path(String encodedOrder) {
        return "/orders/" + encodedOrder + "/cancel";
    }
}
