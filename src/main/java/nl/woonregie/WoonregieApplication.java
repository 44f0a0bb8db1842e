package nl.woonregie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Woonregie: toezicht op de huisvesting van vergunninghouders, planning, Verhuisbox Plus en programma's. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WoonregieApplication {

    public static void main(String[] args) {
        SpringApplication.run(WoonregieApplication.class, args);
    }
}
