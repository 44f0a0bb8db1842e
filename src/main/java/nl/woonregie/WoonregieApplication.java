package nl.woonregie;

import nl.woonregie.platform.database.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Woonregie: toezicht op de huisvesting van vergunninghouders, planning, Verhuisbox Plus en programma's. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WoonregieApplication {

    public static void main(String[] args) {
        if (BackupCommand.requested(args)) { // --woonregie.backup.nu: a backup of the embedded database, then end
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(WoonregieApplication.class, args);
    }
}
