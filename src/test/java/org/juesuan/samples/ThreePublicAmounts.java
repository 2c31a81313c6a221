package org.juesuan.samples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The four “三公” items; 合计 and 公务用车购置及运行费 are derived so they always add up. */
record ThreePublicAmounts(BigDecimal abroad, BigDecimal vehiclePurchase, BigDecimal vehicleOperation,
                          BigDecimal reception) {

    static final ThreePublicAmounts NONE = new ThreePublicAmounts(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    static ThreePublicAmounts of(String abroad, String vehiclePurchase, String vehicleOperation, String reception) {
        return new ThreePublicAmounts(Money.of(abroad), Money.of(vehiclePurchase), Money.of(vehicleOperation),
                Money.of(reception));
    }

    BigDecimal vehicle() {
        return vehiclePurchase.add(vehicleOperation);
    }

    BigDecimal total() {
        return abroad.add(vehicle()).add(reception);
    }

    /** The six T13 columns of one block, keyed {@code <prefix>.total} … */
    Map<String, BigDecimal> columns(String prefix) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(prefix + ".total", total());
        m.put(prefix + ".abroad", abroad);
        m.put(prefix + ".vehicle", vehicle());
        m.put(prefix + ".vehicle_purchase", vehiclePurchase);
        m.put(prefix + ".vehicle_operation", vehicleOperation);
        m.put(prefix + ".reception", reception);
        return m;
    }
}
