package chanye.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code chanye --version}, from the jar's manifest when there is one. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"chanye " + (version == null ? "dev" : version)};
    }
}
