package acme.values;

import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collections and maps: add/put/get/iterator/for-each/toArray/List.of/Map.of, and clean results. */
public class Collections {
    Mailer mailer;

    public void addAndGet(Customer c) {
        List<String> to = new ArrayList<>();
        to.add(c.getEmail());
        mailer.sendPromotion(to.get(0), "Sale"); // EXPECT: unconsented-use
    }

    public void forEachLoop(Customer c) {
        List<String> names = new ArrayList<>();
        names.add(c.getName());
        for (String n : names) {
            mailer.sendPromotion("ops@acme.test", "Hi " + n); // EXPECT: unconsented-use
        }
    }

    public void iterator(Customer c) {
        List<String> to = new ArrayList<>();
        to.add(c.getEmail());
        Iterator<String> it = to.iterator();
        while (it.hasNext()) {
            mailer.sendPromotion(it.next(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void toArray(Customer c) {
        List<String> to = new ArrayList<>();
        to.add(c.getEmail());
        String[] array = to.toArray(new String[0]);
        mailer.sendPromotion(array[0], "Sale"); // EXPECT: unconsented-use
    }

    public void listOf(Customer c) {
        List<String> to = List.of(c.getEmail(), "ops@acme.test");
        mailer.sendPromotion(to.get(0), "Sale"); // EXPECT: unconsented-use
    }

    public void mapOfValue(Customer c) {
        Map<String, String> fields = Map.of("to", c.getEmail(), "tier", "gold");
        mailer.sendPromotion(fields.get("to"), "Sale"); // EXPECT: unconsented-use
    }

    public void putAndGet(Customer c) {
        Map<Long, String> byId = new HashMap<>();
        byId.put(c.getId(), c.getPhone());
        mailer.sendPromotion("ops@acme.test", "call " + byId.get(c.getId())); // EXPECT: unconsented-use
    }

    public void mapKeys(Customer c) {
        Map<String, Integer> visits = new HashMap<>();
        visits.put(c.getEmail(), 3);
        for (String to : visits.keySet()) {
            mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
        }
    }

    public void mapEntries(Customer c) {
        Map<String, String> byName = new HashMap<>();
        byName.put(c.getName(), c.getEmail());
        for (Map.Entry<String, String> e : byName.entrySet()) {
            mailer.sendPromotion(e.getValue(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void addAll(Customer c) {
        List<String> first = new ArrayList<>();
        first.add(c.getEmail());
        Set<String> all = new HashSet<>();
        all.addAll(first);
        mailer.sendPromotion(all.iterator().next(), "Sale"); // EXPECT: unconsented-use
    }

    public void sizeIsClean(Customer c) {
        List<String> to = new ArrayList<>();
        to.add(c.getEmail());
        mailer.sendPromotion("ops@acme.test", "recipients: " + to.size()); // SAFE
    }

    public void isEmptyIsClean(Customer c) {
        Map<String, String> m = new HashMap<>();
        m.put("to", c.getEmail());
        mailer.sendPromotion("ops@acme.test", "has data: " + m.isEmpty()); // SAFE
    }

    public void cleanList() {
        List<String> to = new ArrayList<>();
        to.add("ops@acme.test");
        for (String t : to) {
            mailer.sendPromotion(t, "Sale"); // SAFE
        }
    }

    public void cleanListOf() {
        mailer.sendPromotion(List.of("ops@acme.test", "sales@acme.test").get(0), "Sale"); // SAFE
    }

    public void otherMapIsClean(Customer c) {
        Map<String, String> personal = new HashMap<>();
        personal.put("to", c.getEmail());
        Map<String, String> config = new HashMap<>();
        config.put("to", "ops@acme.test");
        mailer.sendPromotion(config.get("to"), "Sale"); // SAFE
    }

    public void arrays(Customer c) {
        String[] phones = new String[2];
        phones[0] = c.getPhone();
        mailer.sendPromotion("ops@acme.test", "call " + phones[0]); // EXPECT: unconsented-use
        mailer.sendPromotion("ops@acme.test", "count " + phones.length); // SAFE
    }

    public void arrayInitializerAndAsList(Customer c) {
        String[] to = {c.getEmail()};
        List<String> list = java.util.Arrays.asList(to);
        mailer.sendPromotion(list.get(0), "Sale"); // EXPECT: unconsented-use
    }

    public void twoDimensional(Customer c) {
        String[][] grid = new String[1][1];
        grid[0][0] = c.getName();
        mailer.sendPromotion("ops@acme.test", grid[0][0]); // EXPECT: unconsented-use
    }

    public void cleanArray() {
        String[] to = {"ops@acme.test"};
        mailer.sendPromotion(to[0], "Sale"); // SAFE
    }

    public void cleanUnmodifiableCopy() {
        List<String> to = java.util.Collections.unmodifiableList(new ArrayList<>(List.of("ops@acme.test")));
        mailer.sendPromotion(to.get(0), "Sale"); // SAFE
    }
}
