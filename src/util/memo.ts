/** The value `map` holds for `key`, made by `make` and kept the first time it is asked for. */
export function remember<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    map.set(key, value);
  }
  return value;
}
