package tickler.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Names of people and organisations of the synthetic world, with the spellings addresses need. */
final class People {

    private People() {
    }

    /** A person: display name, the part of an address before the domain. */
    record Person(String name, String local) {
    }

    /**
     * An organisation: the name people call it, its Russian cases (the name itself in English),
     * its domain, which may or may not spell the name, and the name in Latin letters.
     */
    record Org(String name, String acc, String dat, String ins, String gen, String domain, boolean russian, String latin) {
    }

    private static final String[] EN_FIRST = {"Tom", "Emma", "James", "Olivia", "Lucas", "Mia", "Noah", "Grace",
        "Henry", "Chloe", "Daniel", "Sophie", "Adam", "Laura", "Peter", "Hannah", "Mark", "Julia", "Ryan", "Kate"};
    private static final String[] EN_LAST = {"Baker", "Turner", "Walsh", "Fischer", "Morgan", "Keller", "Hughes",
        "Novak", "Reed", "Brennan", "Lang", "Carter", "Meyer", "Price", "Quinn", "Shaw", "Vogel", "Wright"};
    private static final String[][] RU_FIRST = {{"Иван", "ivan"}, {"Мария", "maria"}, {"Сергей", "sergey"},
        {"Анна", "anna"}, {"Дмитрий", "dmitry"}, {"Елена", "elena"}, {"Алексей", "alexey"}, {"Ольга", "olga"},
        {"Павел", "pavel"}, {"Наталья", "natalia"}, {"Игорь", "igor"}, {"Татьяна", "tatiana"}, {"Михаил", "mikhail"},
        {"Юлия", "yulia"}, {"Николай", "nikolay"}, {"Ксения", "ksenia"}};
    private static final String[][] RU_LAST = {{"Петров", "petrov"}, {"Смирнов", "smirnov"}, {"Кузнецов", "kuznetsov"},
        {"Попов", "popov"}, {"Соколов", "sokolov"}, {"Лебедев", "lebedev"}, {"Новиков", "novikov"},
        {"Морозов", "morozov"}, {"Волков", "volkov"}, {"Зайцев", "zaytsev"}, {"Орлов", "orlov"}, {"Егоров", "egorov"}};
    private static final String[] EN_PREFIX = {"Blue", "Quant", "Harbor", "Nimbo", "Cedar", "Iron", "Silver",
        "Maple", "Pixel", "Crest", "Lumen", "Atlas", "Beacon", "Granite", "Falcon", "Willow", "Zephyr", "Cobalt",
        "Amber", "Tundra"};
    private static final String[] EN_SUFFIX = {"fin", "ix", "line", "ware", "works", "gate", "field", "stone",
        "path", "wave", "loop", "craft"};
    /** Russian company names with their transliteration. */
    private static final String[][] RU_ORGS = {{"Ромашка", "romashka"}, {"Вектор", "vektor"}, {"Гранит", "granit"},
        {"Звезда", "zvezda"}, {"Берёзка", "berezka"}, {"Омега", "omega"}, {"Монолит", "monolit"},
        {"Радуга", "raduga"}, {"Прогресс", "progress"}, {"Фортуна", "fortuna"}, {"Атлант", "atlant"},
        {"Сигнал", "signal"}, {"Ладога", "ladoga"}, {"Стрела", "strela"}, {"Меридиан", "meridian"},
        {"Кристалл", "kristall"}, {"Восход", "voskhod"}, {"Горизонт", "gorizont"}, {"Орбита", "orbita"},
        {"Каскад", "kaskad"}, {"Рубин", "rubin"}, {"Сапфир", "sapfir"}, {"Тайга", "tayga"}, {"Полюс", "polyus"},
        {"Орион", "orion"}, {"Импульс", "impuls"}, {"Феникс", "feniks"}, {"Арсенал", "arsenal"},
        {"Палитра", "palitra"}, {"Магистраль", "magistral"}, {"Байкал", "baykal"}, {"Эталон", "etalon"},
        {"Спектр", "spektr"}, {"Лотос", "lotos"}, {"Парус", "parus"}, {"Пламя", "plamya"}, {"Аврора", "avrora"},
        {"Легион", "legion"}, {"Символ", "simvol"}, {"Фарватер", "farvater"}};
    private static final String[] EN_TLD = {"com", "io", "co.uk", "de", "net", "com"};
    private static final String[] RU_TLD = {"ru", "ru", "com", "su", "spb.ru"};

    static Person english(Random random) {
        String first = EN_FIRST[random.nextInt(EN_FIRST.length)];
        String last = EN_LAST[random.nextInt(EN_LAST.length)];
        return new Person(first + " " + last, local(random, first.toLowerCase(), last.toLowerCase()));
    }

    static Person russian(Random random) {
        String[] first = RU_FIRST[random.nextInt(RU_FIRST.length)];
        String[] last = RU_LAST[random.nextInt(RU_LAST.length)];
        boolean female = first[0].endsWith("а") || first[0].endsWith("я");
        String surname = female ? last[0] + "а" : last[0];
        return new Person(first[0] + " " + surname, local(random, first[1], last[1] + (female ? "a" : "")));
    }

    private static String local(Random random, String first, String last) {
        return switch (random.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + "." + last;
            default -> first;
        };
    }

    /** Every organisation name of one world, shuffled; English and Russian ones never repeat. */
    static List<Org> organisations(Random random) {
        List<Org> orgs = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        for (String prefix : EN_PREFIX) {
            for (String suffix : EN_SUFFIX) {
                String name = prefix + suffix;
                String domain = unique(domains, domain(random, name.toLowerCase(), EN_TLD), name.toLowerCase() + ".com");
                orgs.add(new Org(name, name, name, name, name, domain, false, name.toLowerCase()));
            }
        }
        for (String[] ru : RU_ORGS) {
            orgs.add(russianOrg(ru[0], ru[1], unique(domains, domain(random, ru[1], RU_TLD), ru[1] + ".ru")));
        }
        Collections.shuffle(orgs, random);
        return orgs;
    }

    private static String unique(Set<String> used, String domain, String fallback) {
        String chosen = used.contains(domain) ? fallback : domain;
        used.add(chosen);
        return chosen;
    }

    /** Feminine names in -а/-я and masculine ones ending in a consonant decline; others stay as they are. */
    private static Org russianOrg(String name, String latin, String domain) {
        if (name.endsWith("а")) {
            String stem = name.substring(0, name.length() - 1);
            String gen = "гкхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? stem + "и" : stem + "ы";
            return new Org(name, stem + "у", stem + "е", stem + "ой", gen, domain, true, latin);
        }
        if (name.endsWith("я") || name.endsWith("ь")) {
            return new Org(name, name, name, name, name, domain, true, latin);
        }
        return new Org(name, name, name + "у", name + "ом", name + "а", domain, true, latin);
    }

    /** Mostly the name itself; sometimes a domain that does not spell it, so only names and signatures tell. */
    private static String domain(Random random, String label, String[] tlds) {
        String tld = tlds[random.nextInt(tlds.length)];
        return switch (random.nextInt(6)) {
            case 0 -> label + "-group." + tld;
            case 1 -> label.substring(0, Math.min(4, label.length())) + "tech." + tld;
            default -> label + "." + tld;
        };
    }
}
