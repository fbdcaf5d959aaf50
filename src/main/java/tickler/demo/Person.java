package tickler.demo;

/** Someone in the story: an address and a display name. */
record Person(String address, String name) {

    Mail.Address mail() {
        return new Mail.Address(address, name);
    }

    String domain() {
        return address.substring(address.indexOf('@') + 1);
    }
}
