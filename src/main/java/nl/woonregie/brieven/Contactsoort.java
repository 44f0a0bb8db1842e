package nl.woonregie.brieven;

/** Whether a contact is an official (ambtelijk) or an administrator (bestuurlijk: wethouder, college, griffie …). */
public enum Contactsoort {
    AMBTELIJK, BESTUURLIJK
}
