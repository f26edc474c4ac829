package chanye.cli.command;

import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Takes the values of {@code --cluster ID ...}: the next argument, then those that follow it up to one that starts
 * with {@code -}. No cluster id does, and on {@code search} such an argument is an option or an excluded query
 * word ({@code --cluster coal -期货}), which picocli would otherwise take as one more cluster.
 */
final class ClusterValues implements IParameterConsumer {

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        if (args.isEmpty()) {
            throw new ParameterException(commandSpec.commandLine(),
                    "Missing required parameter for option '--cluster' (ID)");
        }
        List<String> values = argSpec.getValue();
        values.add(args.pop());
        while (!args.isEmpty() && !args.peek().startsWith("-")) {
            values.add(args.pop());
        }
    }
}
