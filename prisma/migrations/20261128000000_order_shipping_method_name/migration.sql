-- The order keeps its shipping method's name (a snapshot, like its line titles), so the orders
-- module shows it without reading checkout's ShippingMethod table.
ALTER TABLE "Order" ADD COLUMN "shippingMethodName" TEXT;

UPDATE "Order" o SET "shippingMethodName" = s."name" FROM "ShippingMethod" s WHERE s."id" = o."shippingMethodId";
